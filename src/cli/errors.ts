/** Errors the CLI maps to exit codes in `main` alone (STYLE.md habit 8); helpers throw, they never exit. */
export class CliError extends Error {
    constructor(message: string, readonly exitCode: 1 | 2) {
        super(message);
    }
}

/** Wrong arguments or options: exit 2. */
export class UsageError extends CliError {
    constructor(message: string) {
        super(message, 2);
    }
}

/** A file that cannot be read or written: exit 2. */
export class IoError extends CliError {
    constructor(message: string) {
        super(message, 2);
    }
}

/** The input is readable but wrong (contract errors, settlement errors): exit 1, already reported. */
export class ContractError extends CliError {
    constructor(message: string) {
        super(message, 1);
    }
}
