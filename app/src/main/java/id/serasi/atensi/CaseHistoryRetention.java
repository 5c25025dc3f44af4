package id.serasi.atensi;

/** What the engine keeps of a case's process: kept while the case is held, removed with the case. */
public interface CaseHistoryRetention {

    /** The process history is not removed by the engine's cleanup while the case is held. */
    void keep(String processInstanceId);

    /** The process history is removed again on the usual schedule (its end plus the time to live). */
    void release(String processInstanceId);

    /** The process history is removed now, with the case. */
    void remove(String processInstanceId);
}
