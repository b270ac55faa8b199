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
// Elements the user showed (issue 14): every kind of locator, and broken ones.
const tag = fc.oneof(fc.constantFrom('a', 'button', 'div', 'input', 'td'), leaf);
const locatorLike = fc.oneof(
  fc.record({ by: fc.constant('id'), id: fc.oneof(fc.string({ maxLength: 200 }), leaf) }, { requiredKeys: [] }),
  fc.record({ by: fc.constant('label'), text: fc.oneof(fc.string({ maxLength: 200 }), leaf) }, { requiredKeys: [] }),
  fc.record(
    { by: fc.constant('role'), role: fc.oneof(fc.constantFrom('button', 'link', 'menu'), leaf), name: fc.oneof(key, leaf) },
    { requiredKeys: [] },
  ),
  fc.record({ by: fc.constant('name'), tag, name: fc.oneof(key, leaf), value: fc.oneof(key, leaf) }, { requiredKeys: [] }),
  fc.record(
    {
      by: fc.constant('path'),
      from: fc.oneof(fc.record({ id: key }), fc.record({ landmark: tag }), fc.constant({ body: true }), leaf),
      steps: fc.oneof(
        fc.array(fc.oneof(fc.record({ tag, nth: fc.oneof(fc.integer({ min: -1, max: 1000 }), leaf) }), leaf)),
        leaf,
      ),
    },
    { requiredKeys: [] },
  ),
  leaf,
);
const pickedLike = fc.record(
  {
    host: fc.oneof(fc.constantFrom('portail.chorus-pro.gouv.fr', 'chorus-pro.gouv.fr:8443', 'a b', ''), key, leaf),
    step: fc.oneof(fc.integer({ min: -1, max: 25 }), leaf),
    locator: locatorLike,
    at: fc.oneof(fc.integer(), leaf),
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
        picked: fc.oneof(fc.array(fc.oneof(pickedLike, leaf), { maxLength: 8 }), leaf),
      },
      { requiredKeys: [] },
    ),
    // Stored values go through JSON: keys such as "__proto__" arrive as own properties.
  )
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown);
