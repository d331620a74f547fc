#!/usr/bin/env node
// Writes dist/extractors/czech/places-gazetteer.json: the gazetteer of place-name forms, built once here so
// that each parsing worker reads it (~60 ms) instead of building it (~200 ms). Part of `npm run build`;
// the copy carries the fingerprint of the territory list and code it was built from, and a worker builds
// the gazetteer itself when the fingerprint no longer holds.
import { writeFileSync } from 'node:fs';
import { buildGazetteer, gazetteerFingerprint, serializeGazetteer, PREBUILT_FILE } from '../dist/extractors/czech/places-gazetteer.js';

const t0 = performance.now();
const json = serializeGazetteer(buildGazetteer(), gazetteerFingerprint());
writeFileSync(PREBUILT_FILE, json);
if (process.argv.includes('--verbose')) {
  process.stdout.write(`gazetteer: ${(json.length / 1e6).toFixed(1)} MB in ${(performance.now() - t0).toFixed(0)} ms → ${PREBUILT_FILE}\n`);
}
