// functions-de.json: functions.json with Excel's tooltips in German. Ids, names, types and the
// namespace stay, so a workbook works in both languages. A missing or stray translation throws,
// which fails the build.
function localizeMetadata(metadataJson, translations) {
  const metadata = JSON.parse(metadataJson);
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(translations)) {
    if (!ids.has(id)) problems.push(`${id} is translated but is no function`);
  }
  for (const f of metadata.functions) {
    const t = translations[f.id];
    if (!t || !t.description) {
      problems.push(`${f.id} has no German description`);
      continue;
    }
    f.description = t.description;
    for (const p of f.parameters) {
      if (!t.parameters || !t.parameters[p.name])
        problems.push(`${f.id}(${p.name}) has no German description`);
      else p.description = t.parameters[p.name];
    }
    for (const name of Object.keys(t.parameters || {})) {
      if (!f.parameters.some((p) => p.name === name))
        problems.push(`${f.id}(${name}) is translated but is no parameter`);
    }
  }
  if (problems.length) throw new Error(`src/core/words/de.ts: ${problems.join("; ")}`);
  return JSON.stringify(metadata, null, 4);
}

module.exports = { localizeMetadata };
