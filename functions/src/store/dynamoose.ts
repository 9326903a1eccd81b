// dynamoose on the shared client, loaded on first use: its models serve the writes of the users
// table only (login, roles, account deletion), and loading it cost every function's cold start
// about a fifth of its module init. esbuild keeps this dynamic import lazy in the bundle.
import { ddb } from './client';

type Dynamoose = typeof import('dynamoose');
let loading: Promise<Dynamoose> | undefined;

export const loadDynamoose = () =>
  (loading ??= import('dynamoose').then((module) => {
    // A CommonJS package: its namespace object is under default once bundled or run by node.
    const dynamoose = ((module as { default?: Dynamoose }).default ?? module) as Dynamoose;
    dynamoose.aws.ddb.set(ddb);
    // Tables are created by serverless.yml (or the local stack from the same definitions), never here.
    dynamoose.Table.defaults.set({ create: false, waitForActive: false, update: false });
    return dynamoose;
  }));
