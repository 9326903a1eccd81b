import { toLambda } from '../http/lambda';
import { authApp } from './routes';

/** The capability's HTTP app, for tests that route to it as API Gateway would. */
export const app = authApp;
export const handler = toLambda(authApp);
