/** The contract cannot be compiled even unchecked (`--force`): a section every document needs is missing. */
export class GenerateError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'GenerateError';
    }
}
