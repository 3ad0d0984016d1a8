import type { TestProject } from "vitest/node";
import { throwawayDatabase } from "./throwaway-database";

export default async function setup(project: TestProject) {
  const database = await throwawayDatabase("razem_test");
  project.provide("databaseUrl", database.url);
  project.provide("databaseServerUrl", database.serverUrl);
  return () => database.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseServerUrl: string;
  }
}
