// node --import ./support/register.mjs --test: loaded before every test file (see hooks.mjs).
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
