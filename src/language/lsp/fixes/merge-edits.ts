import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

/**
 * Merges the edits of several fixes into one set a client can apply at once: identical edits count
 * once, insertions at the same point keep the fixes' order, and a fix whose edits overlap one already
 * taken is left out (it stays for a second run). Returns the edits and how many fixes went in.
 */
export function mergeFixEdits(fixes: readonly (readonly TextEdit[])[]): { edits: TextEdit[]; applied: number } {
    const edits: TextEdit[] = [];
    let applied = 0;
    for (const fix of fixes) {
        const fresh = fix.filter(edit => !edits.some(taken => sameEdit(taken, edit)));
        if (fresh.some(edit => edits.some(taken => overlap(taken.range, edit.range)))) {
            continue;
        }
        edits.push(...fresh);
        applied++;
    }
    return { edits, applied };
}

function compare(a: Position, b: Position): number {
    return a.line - b.line || a.character - b.character;
}

function isEmpty(range: Range): boolean {
    return compare(range.start, range.end) === 0;
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
    return a.newText === b.newText && compare(a.range.start, b.range.start) === 0 && compare(a.range.end, b.range.end) === 0;
}

/** Two replacements that share text, or an insertion into (or at either end of) replaced text. */
function overlap(a: Range, b: Range): boolean {
    if (isEmpty(a) && isEmpty(b)) {
        return false;
    }
    if (isEmpty(a) || isEmpty(b)) {
        const [point, range] = isEmpty(a) ? [a.start, b] : [b.start, a];
        return compare(range.start, point) <= 0 && compare(point, range.end) <= 0;
    }
    return compare(a.start, b.end) < 0 && compare(b.start, a.end) < 0;
}
