package id.serasi.retention;

/** What the engine keeps of a held or removed record's process: kept while held, removed with the record. */
public interface ProcessHistoryRetention {

    /** The process history is not removed by the engine's cleanup while the record is held. */
    void keep(String processInstanceId);

    /** The process history is removed again on the usual schedule (its end plus the time to live). */
    void release(String processInstanceId);

    /** The process history is removed now, with the record. */
    void remove(String processInstanceId);
}
