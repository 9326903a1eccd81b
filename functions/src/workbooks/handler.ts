import { toLambda } from '../http/lambda';
import { workbooksApp } from './routes';

/** The capability's HTTP app, for tests that route to it as API Gateway would. */
export const app = workbooksApp;
export const handler = toLambda(workbooksApp);
