#!/usr/bin/env node
// Validates FHIR R4 JSON files with FHIR.js (offline; checks structure,
// cardinality, data types and required value-set bindings), plus each
// narrative's XHTML, which FHIR.js leaves alone: well-formed, in the XHTML
// namespace, only the elements and attributes FHIR allows (txt-1, txt-2).
// FHIR.js also leaves alone what is inside a primitive's extension element
// (`_text`, `_display`): those are checked here as an Element holding only
// `id` and extensions, each extension by FHIR.js, and the core translation
// extension as its definition says (lang: code, content: string, once each).
// Prints one line per file; exits 1 if any file is invalid or unreadable,
// 2 on misuse.
'use strict';

const fs = require('fs');
const path = require('path');
const { Fhir } = require('fhir');
// The XML parser FHIR.js itself uses (a bundled dependency of it).
const xml = require(require.resolve('xml-js', { paths: [path.dirname(require.resolve('fhir'))] }));

// FHIR R4 narrative: the basic HTML elements of txt-1 (no scripts, forms,
// styles or events).
const ELEMENTS = new Set(('a abbr acronym b big blockquote br caption cite code col colgroup dd dfn ' +
  'div dl dt em h1 h2 h3 h4 h5 h6 hr i img li ol p pre q samp small span strong sub sup table ' +
  'tbody td tfoot th thead tr tt ul var').split(' '));
const ATTRIBUTES = new Set(('xmlns href name title style class id lang xml:lang dir accesskey ' +
  'tabindex rowspan colspan align valign src alt span width border cellpadding cellspacing ' +
  'frame rules summary scope abbr headers char charoff height').split(' '));

function narrativeProblems(resource, where, out) {
  if (resource === null || typeof resource !== 'object') return;
  const div = resource.text && resource.text.div;
  if (typeof div === 'string') {
    const at = `${where}.text.div`;
    if (!div.startsWith('<div xmlns="http://www.w3.org/1999/xhtml"')) {
      out.push(`${at}: must be a div in the XHTML namespace`);
    }
    try {
      walk(xml.xml2js(div, { compact: false }), at, out);
    } catch (e) {
      out.push(`${at}: not well-formed XHTML: ${String(e.message).split('\n')[0]}`);
    }
  }
  for (const entry of resource.entry || []) {
    if (entry && entry.resource) {
      narrativeProblems(entry.resource, entry.resource.resourceType, out);
    }
  }
}

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';

function primitiveExtensionProblems(node, at, out) {
  if (Array.isArray(node)) {
    node.forEach((v, i) => primitiveExtensionProblems(v, `${at}[${i}]`, out));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    const here = `${at}.${key}`;
    if (key.startsWith('_') && Array.isArray(value)) {
      // A repeating primitive's elements: null where an entry has none.
      value.forEach((v, i) => v === null || elementProblems(v, `${here}[${i}]`, false, out));
    } else if (key.startsWith('_')) {
      elementProblems(value, here, !(key.slice(1) in node), out);
    } else {
      primitiveExtensionProblems(value, here, out);
    }
  }
}

function elementProblems(element, at, alone, out) {
  if (element === null || typeof element !== 'object' || Array.isArray(element)) {
    out.push(`${at}: must be an object (id, extension)`);
    return;
  }
  for (const k of Object.keys(element)) {
    if (k !== 'id' && k !== 'extension') out.push(`${at}.${k}: Unexpected property`);
  }
  const exts = element.extension;
  if (!Array.isArray(exts) || exts.length === 0) {
    if (alone || element.id === undefined) out.push(`${at}: has no extension (ele-1)`);
    return;
  }
  // FHIR.js checks an extension's own structure where it validates extensions.
  const holder = { resourceType: 'Basic', code: { text: 'holder' }, extension: exts };
  for (const m of fhir.validate(holder, { errorOnUnexpected: true }).messages) {
    if (m.severity === 'error') out.push(`${at}${String(m.location || '').replace(/^Basic/, '')}: ${m.message}`);
  }
  exts.forEach((e, i) => {
    if (e && e.url === TRANSLATION) translationProblems(e, `${at}.extension[${i}]`, out);
  });
}

function translationProblems(ext, at, out) {
  const parts = Array.isArray(ext.extension) ? ext.extension : [];
  const want = { lang: 'valueCode', content: 'valueString' };
  for (const [url, type] of Object.entries(want)) {
    const found = parts.filter((p) => p && p.url === url);
    if (found.length !== 1) out.push(`${at}: translation needs exactly one ${url}, has ${found.length}`);
    else if (typeof found[0][type] !== 'string' || found[0][type].trim() === '') {
      out.push(`${at}: translation ${url} needs a non-empty ${type}`);
    }
  }
  for (const p of parts) {
    if (!p || !(p.url in want)) out.push(`${at}: translation has an unknown part ${p && p.url}`);
  }
  if (Object.keys(ext).some((k) => k.startsWith('value'))) {
    out.push(`${at}: translation has a value and parts`);
  }
}

function walk(node, at, out) {
  for (const child of node.elements || []) {
    if (child.type !== 'element') continue;
    if (!ELEMENTS.has(child.name)) out.push(`${at}: element <${child.name}> is not allowed in a narrative`);
    for (const name of Object.keys(child.attributes || {})) {
      if (!ATTRIBUTES.has(name)) out.push(`${at}: attribute ${name} is not allowed in a narrative`);
    }
    walk(child, at, out);
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.js FILE.json ...');
  process.exit(2);
}

const fhir = new Fhir();
let failed = 0;
for (const file of files) {
  let resource;
  try {
    resource = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: cannot read as JSON: ${e.message}`);
    failed++;
    continue;
  }
  // errorOnUnexpected: a misspelt or invented element is an error, not ignored.
  const result = fhir.validate(resource, { errorOnUnexpected: true });
  const messages = result.messages
    .filter((m) => m.severity !== 'info')
    .map((m) => `${m.severity}: ${m.location || ''}: ${m.message}`);
  const narrative = [];
  narrativeProblems(resource, resource.resourceType, narrative);
  primitiveExtensionProblems(resource, resource.resourceType, narrative);
  const valid = result.valid && narrative.length === 0;
  if (valid) {
    console.log(`${file}: valid ${resource.resourceType}`);
  } else {
    failed++;
    console.error(`${file}: INVALID ${resource.resourceType}`);
  }
  for (const m of messages.concat(narrative.map((n) => `error: ${n}`))) {
    (valid ? console.log : console.error)(`  ${m}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
