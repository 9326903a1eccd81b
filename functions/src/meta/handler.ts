import { toLambda } from '../http/lambda';
import { metaApp } from './routes';

export const handler = toLambda(metaApp);
