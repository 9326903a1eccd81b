import { toLambda } from '../http/lambda';
import { authApp } from './routes';

export const handler = toLambda(authApp);
