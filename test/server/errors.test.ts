/** sitrep's error catalogue mapped to HTTP statuses and API codes (src/server/http.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode, InputError, SitrepError, UsageError } from '../../src/errors.js';
import { ApiError, toApiError } from '../../src/server/http.js';

test('each kind of error gets its status; internal details are not shown', () => {
  const rows: [unknown, number, string][] = [
    [new UsageError('bad flag'), 400, 'bad_request'],
    [new SitrepError(ErrorCode.Query, "'from' must be a date"), 400, 'bad_request'],
    [new InputError(ErrorCode.InvalidUtf8, { file: 'upload' }, 'not valid UTF-8'), 400, 'bad_request'],
    [new InputError(ErrorCode.TooLarge, { file: 'upload' }, 'too large'), 413, 'too_large'],
    [new SitrepError(ErrorCode.NotFound, 'no such file'), 404, 'not_found'],
    [new SitrepError(ErrorCode.Database, 'database is locked'), 503, 'unavailable'],
    [new SitrepError(ErrorCode.Internal, 'compare is missing'), 500, 'internal'],
    [new ApiError(415, 'unsupported_media_type', 'no'), 415, 'unsupported_media_type'],
    [new TypeError('secret internals at /home/x'), 500, 'internal'],
  ];
  for (const [e, status, code] of rows) {
    const a = toApiError(e);
    assert.equal(a.status, status, String(e));
    assert.equal(a.code, code, String(e));
  }
  assert.ok(!toApiError(new TypeError('secret internals at /home/x')).message.includes('secret'));
});
