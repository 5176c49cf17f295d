/**
 * Reads the guide's markdown into its code blocks and the annotation before each, the HTML comment
 * on the line above the fence:
 *
 *   <!-- check: FILE expects CODES -->        a complete file, written to FILE and checked; CODES is
 *                                             `clean` or a comma list of codes, `code ×n` for repeats
 *   <!-- variant: NEW from SRC replacing "LINE" expects CODES -->
 *                                             SRC with its one line LINE (trimmed) replaced by the block,
 *                                             written beside SRC as NEW and checked
 *   <!-- fragment: in CONTEXT -->             clauses that must parse inside CONTEXT (see WRAPPERS)
 *   <!-- fragment: file -->                   a whole file that must parse
 *   <!-- file: NAME -->                       a file (actuals JSON) written to the page's workspace
 *   <!-- workflow -->                         a GitHub Actions workflow whose carec steps are run
 *   <!-- not-output -->                       a text block that is not command output
 *
 * A text block whose first line is `$ carec …` is the output of that command, run in the page's
 * workspace after every block above it.
 */

export type Annotation =
    | { kind: 'check'; file: string; expects: string[] }
    | { kind: 'variant'; file: string; from: string; replacing: string; expects: string[] }
    | { kind: 'fragment'; context: string }
    | { kind: 'file'; file: string }
    | { kind: 'workflow' }
    | { kind: 'not-output' };

export interface Block {
    lang: string;
    body: string;
    /** 1-based line of the opening fence. */
    line: number;
    annotation?: Annotation;
}

const ANNOTATION = /^<!-- (check|variant|fragment|file|workflow|not-output)(?::\s*(.*?))?\s*-->$/;

/** The fenced code blocks of a markdown page, with their annotations. */
export function blocksOf(markdown: string): Block[] {
    const lines = markdown.split('\n');
    const blocks: Block[] = [];
    for (let i = 0; i < lines.length; i++) {
        const open = /^```(\w*)\s*$/.exec(lines[i]!);
        if (!open) {
            continue;
        }
        const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
        if (end < 0) {
            throw new Error(`line ${i + 1}: unclosed code block`);
        }
        const previous = lines[i - 1]?.trim() ?? '';
        const match = ANNOTATION.exec(previous);
        blocks.push({
            lang: open[1]!,
            body: lines.slice(i + 1, end).join('\n') + '\n',
            line: i + 1,
            annotation: match ? parseAnnotation(match[1]!, match[2] ?? '', i) : undefined
        });
        i = end;
    }
    return blocks;
}

function parseAnnotation(kind: string, argument: string, index: number): Annotation {
    const fail = (): never => {
        throw new Error(`line ${index}: cannot read annotation '${kind}: ${argument}'`);
    };
    switch (kind) {
        case 'check': {
            const m = /^(\S+) expects (.+)$/.exec(argument) ?? fail();
            return { kind, file: m[1]!, expects: expectedCodes(m[2]!) };
        }
        case 'variant': {
            const m = /^(\S+) from (\S+) replacing "(.+)" expects (.+)$/.exec(argument) ?? fail();
            return { kind, file: m[1]!, from: m[2]!, replacing: m[3]!, expects: expectedCodes(m[4]!) };
        }
        case 'fragment': {
            const m = /^(?:in (\w+)|(file))$/.exec(argument) ?? fail();
            return { kind, context: m[1] ?? 'file' };
        }
        case 'file':
            return argument ? { kind, file: argument } : fail();
        case 'workflow':
        case 'not-output':
            return { kind };
        default:
            return fail();
    }
}

/** `clean` → []; `a, b ×2` → [a, b, b], sorted. */
function expectedCodes(text: string): string[] {
    if (text.trim() === 'clean') {
        return [];
    }
    return text.split(',').flatMap(part => {
        const m = /^\s*([a-z]+\/[a-z0-9-]+)(?:\s*×(\d+))?\s*$/.exec(part);
        if (!m) {
            throw new Error(`cannot read expected code '${part}'`);
        }
        return Array<string>(Number(m[2] ?? 1)).fill(m[1]!);
    }).sort();
}

/** How a fragment is wrapped to parse it in its context. */
export const WRAPPERS: Record<string, (fragment: string) => string> = {
    contract: f => `contract Fragment {\n${f}}\n`,
    population: f => `contract Fragment {\n    population P {\n${f}    }\n}\n`,
    budget: f => `contract Fragment {\n    budget {\n${f}    }\n}\n`,
    payment: f => `contract Fragment {\n    payment {\n${f}    }\n}\n`,
    pot: f => `contract Fragment {\n    pot P {\n${f}    }\n}\n`,
    outcome: f => `contract Fragment {\n    pot P {\n        outcome O {\n${f}        }\n    }\n}\n`,
    governance: f => `contract Fragment {\n    governance {\n${f}    }\n}\n`,
    termination: f => `contract Fragment {\n    termination {\n${f}    }\n}\n`,
    file: f => f
};

/** Splits a command line as a POSIX shell would for simple words and single or double quotes. */
export function shellWords(line: string): string[] {
    const words: string[] = [];
    const pattern = /'([^']*)'|"([^"]*)"|(\S+)/g;
    for (const m of line.matchAll(pattern)) {
        words.push(m[1] ?? m[2] ?? m[3]!);
    }
    return words;
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
    return heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
}
