import { toLambda } from '../http/lambda';
import { policiesApp } from './routes';

/** The capability's HTTP app, for tests that route to it as API Gateway would. */
export const app = policiesApp;
export const handler = toLambda(policiesApp);
