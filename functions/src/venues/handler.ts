import { toLambda } from '../http/lambda';
import { venuesApp } from './routes';

/** The capability's HTTP app, for tests that route to it as API Gateway would. */
export const app = venuesApp;
export const handler = toLambda(venuesApp);
