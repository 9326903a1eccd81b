import { toLambda } from '../http/lambda';
import { statsApp } from './routes';

/** The capability's HTTP app, for tests that route to it as API Gateway would. */
export const app = statsApp;
export const handler = toLambda(statsApp);
