import fc from 'fast-check';

// Whatever is stored — any JSON, with the names that reach Object.prototype as keys and
// values — reading gives a valid, bounded state, and reading it again gives the same.
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'number', 'done', '');
const key = fc.oneof(hostileKey, fc.string({ maxLength: 8 }));
const leaf = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileKey, fc.integer({ min: -2, max: 30 }));
const progressLike = fc.record(
  {
    number: fc.oneof(key, leaf),
    done: fc.oneof(fc.array(fc.oneof(fc.integer({ min: -1, max: 25 }), leaf), { maxLength: 6 }), leaf),
    skipped: fc.oneof(fc.array(fc.integer({ min: -1, max: 25 }), { maxLength: 4 }), leaf),
    updatedAt: fc.oneof(fc.integer(), leaf),
    supplier: fc.oneof(fc.string({ maxLength: 200 }), leaf),
    draftSavedAt: fc.oneof(fc.integer(), leaf),
  },
  { requiredKeys: [] },
);
export const storedJson: fc.Arbitrary<unknown> = fc
  .oneof(
    fc.jsonValue(),
    fc.record(
      {
        version: fc.oneof(fc.constantFrom(1, 2), leaf),
        current: fc.oneof(key, leaf),
        invoices: fc.oneof(
          fc.array(fc.oneof(progressLike, leaf), { maxLength: 6 }),
          fc.dictionary(key, fc.oneof(progressLike, leaf), { maxKeys: 6 }),
          leaf,
        ),
        settings: fc.oneof(
          fc.record(
            {
              defaultCadre: fc.oneof(fc.constantFrom('A15', 'A16'), leaf),
              disabled: leaf,
              language: leaf,
              moeDays: fc.oneof(fc.integer({ min: -2, max: 20 }), leaf),
            },
            { requiredKeys: [] },
          ),
          leaf,
        ),
      },
      { requiredKeys: [] },
    ),
    // Stored values go through JSON: keys such as "__proto__" arrive as own properties.
  )
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown);
