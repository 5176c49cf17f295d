import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter, ValueConverter } from 'langium';

/**
 * Langium's value converter, with strings read in one piece: Langium unescapes a string literal one
 * character at a time (`result += c`), which leaves V8 a chain of a partial string per character to keep.
 * The value is the same: the text between the quotes, escapes resolved.
 */
export class CareValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name.toUpperCase() === 'STRING') {
            return input.includes('\\') ? flat(ValueConverter.convertString(input)) : input.substring(1, input.length - 1);
        }
        return super.runConverter(rule, input, cstNode);
    }
}

/** The same string, stored as one sequence of characters. */
function flat(text: string): string {
    return [...text].join('');
}
