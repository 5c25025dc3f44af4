package id.serasi.whistleblowing;

/** A question from the investigators or an answer from the reporter. */
public enum MessageKind {
    QUESTION, ANSWER
}
