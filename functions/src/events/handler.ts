import { toLambda } from '../http/lambda';
import { eventsApp } from './routes';

/** The capability's HTTP app, for tests that route to it as API Gateway would. */
export const app = eventsApp;
export const handler = toLambda(eventsApp);
