// kaalrekha in Node (the "node" export condition of "kaalrekha"): the same API as
// kaalrekha.js, which reads the wasm from disk here. Kept apart so that no browser bundle
// meets `node:fs`.
import { readFile } from "node:fs/promises";
import { __setFileReader } from "./kaalrekha.js";

__setFileReader((url) => readFile(url));

export * from "./kaalrekha.js";
