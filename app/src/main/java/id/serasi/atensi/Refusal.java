package id.serasi.atensi;

import id.serasi.tasks.Completion;

/** Thrown inside a use case's transaction to roll it back and answer {@link Completion.Refused}. */
class Refusal extends RuntimeException {

    private final String messageKey;

    Refusal(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
