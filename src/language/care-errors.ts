import type { IToken, TokenType } from 'chevrotain';
import { LangiumParserErrorMessageProvider } from 'langium';

/** How a token type is named to people: `Expected a contract year after 'target', found '2026'`. */
const TOKEN_LABELS: Record<string, string> = {
    DATE: 'a date (YYYY-MM-DD)',
    YEAR: 'a contract year (2025/26 or PY2026)',
    MONEY: 'an amount of money (£520.00)',
    PERCENT: 'a percentage (6%)',
    NUMBER: 'a number',
    ID: 'a name',
    STRING: 'a quoted string',
    EOF: 'the end of the file'
};

export function describeTokenType(type: TokenType): string {
    if (type.name.endsWith(':KW') || !TOKEN_LABELS[type.name]) {
        const keyword = type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
        return `'${keyword}'`;
    }
    return TOKEN_LABELS[type.name]!;
}

function describeFound(token: IToken): string {
    return token.tokenType?.name === 'EOF' ? 'the end of the file' : `'${token.image}'`;
}

function after(previous: IToken | undefined): string {
    return previous && previous.image && !Number.isNaN(previous.startOffset) ? ` after '${previous.image}'` : '';
}

/** Parser messages that say what was expected in the language's own terms. */
export class CareParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return `Expected ${describeTokenType(options.expected)}${after(options.previous)}, found ${describeFound(options.actual)}`;
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return `Expected the end of the file, found ${describeFound(options.firstRedundant)}: one contract or library per file`;
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const firsts = unique(options.expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0]).filter((t): t is TokenType => !!t)));
        return `Expected ${listOf(firsts)}${after(options.previous)}, found ${describeFound(options.actual[0]!)}`;
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const firsts = unique(options.expectedIterationPaths.map(path => path[0]).filter((t): t is TokenType => !!t));
        return `Expected at least one ${listOf(firsts)}${after(options.previous)}, found ${describeFound(options.actual[0]!)}`;
    }
}

function unique(types: TokenType[]): TokenType[] {
    return [...new Map(types.map(t => [t.name, t])).values()];
}

function listOf(types: TokenType[]): string {
    const names = types.map(describeTokenType);
    if (names.length <= 1) {
        return names[0] ?? 'something else';
    }
    if (names.length > 8) {
        return `${names.slice(0, 8).join(', ')} or another clause`;
    }
    return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
