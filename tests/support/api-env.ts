// Runs before each API test file imports anything: function modules read their settings at import.
import { inject } from './provided';

Object.assign(process.env, inject('apiEnv'));
