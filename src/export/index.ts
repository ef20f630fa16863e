/** Export writers: JSON, ACLED-like CSV and GeoJSON, each streaming claim records from a store. */
export { CSV_COLUMNS, csvCell, csvRows, writeCsv } from './csv.js';
export { writeGeoJson, type FeatureClaim } from './geojson.js';
export { writeJsonArray } from './json.js';
export { claimEvents, claimEventsFromStore, mainEvent, type ClaimEvent, type ClaimEventsFn } from './events.js';
