export * from "./actors/index.ts";
