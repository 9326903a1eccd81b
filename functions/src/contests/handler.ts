import { toLambda } from '../http/lambda';
import { contestsApp } from './routes';

/** The capability's HTTP app, for tests that route to it as API Gateway would. */
export const app = contestsApp;
export const handler = toLambda(contestsApp);
