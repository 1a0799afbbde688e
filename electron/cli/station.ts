#!/usr/bin/env node
const v: string = process.version;
console.log("station", v, process.argv.slice(2));
