/**
 * Set up before each file of the mutation suite: one fast-check seed for every property, so a property test's name
 * (which ends "(with seed=…)") is the same in every run and Stryker's incremental run reuses its results.
 * `npm test` keeps a fresh seed each run.
 */
import { fc } from "@fast-check/vitest";

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20_201_409 });
