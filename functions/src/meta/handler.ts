import { toLambda } from '../http/lambda';
import { metaApp } from './routes';

/** The capability's HTTP app, for tests that route to it as API Gateway would. */
export const app = metaApp;
export const handler = toLambda(metaApp);
