import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

export default createRule({
  meta: {
    id: 'empty-frame',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '名称のない指標枠（評価シートの空欄の行）が残っている', en: 'an indicator frame with no name (an empty row of an evaluation sheet) is left in' },
    docs: docsPath('lint', 'empty-frame'),
    messages: defineMessages({
      empty: {
        ja: (d: { node: string; rows: string; count: number }) => `「${d.node}」の指標欄に、名称も数値もない行が ${d.count} 行残っています（${d.rows}）`,
        en: (d: { node: string; rows: string; count: number }) => `"${d.node}" has ${d.count} indicator row(s) left blank, with no name and no figure (${d.rows})`,
        hint: {
          ja: () => '使わない行は公表前に削除するか、指標を設定しない理由を書いてください。',
          en: () => 'Delete the unused rows before publishing, or say why no indicator is set there.',
        },
      },
      unnamed: {
        ja: (d: { node: string; row: string }) => `「${d.node}」の指標欄${d.row}に数値はありますが、指標名がありません。何を測った数値か読み手に分かりません`,
        en: (d: { node: string; row: string }) => `"${d.node}" has an indicator row${d.row} with figures but no name: the reader cannot tell what they measure`,
        hint: {
          ja: () => '指標名を記入してください。',
          en: () => 'Fill in the name of the indicator.',
        },
      },
    }),
  },
  create(ctx) {
    return {
      node({ node, path }) {
        const frames = node.unnamedIndicators ?? [];
        const title = quote(node.title, 30);
        const rowText = (row: string | number | undefined, i: number) => (row !== undefined ? String(row) : `${i + 1}番目`);
        const empty = frames.flatMap((f, i) => (f.baseline === undefined && f.target === undefined ? [rowText(f.row, i)] : []));
        if (empty.length > 0) ctx.report({ messageId: 'empty', data: { node: title, rows: `行 ${empty.join('・')}`, count: empty.length }, path: [...path, 'unnamedIndicators'] });
        frames.forEach((f, i) => {
          if (f.baseline === undefined && f.target === undefined) return;
          ctx.report({ messageId: 'unnamed', data: { node: title, row: f.row !== undefined ? `（行 ${f.row}）` : '' }, path: [...path, 'unnamedIndicators', i, 'name'] });
        });
      },
    };
  },
});
