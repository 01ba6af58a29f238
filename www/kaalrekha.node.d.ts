export * from "./kaalrekha.js";
