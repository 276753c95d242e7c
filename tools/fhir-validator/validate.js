#!/usr/bin/env node
// Validates FHIR R4 JSON files with FHIR.js (offline; checks structure,
// cardinality, data types and required value-set bindings), plus each
// narrative's XHTML, which FHIR.js leaves alone: well-formed, in the XHTML
// namespace, only the elements and attributes FHIR allows (txt-1, txt-2).
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
