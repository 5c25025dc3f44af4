package id.serasi.whistleblowing.workflow;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Settings the whistleblowing model reads: {@code ${whistleblowingSettings.answerPeriod()}}. */
@Component("whistleblowingSettings")
public class WhistleblowingSettings {

    private final String answerPeriod;

    WhistleblowingSettings(@Value("${serasi.whistleblowing.answer-period:P10D}") String answerPeriod) {
        this.answerPeriod = answerPeriod;
    }

    /** How long the reporter has to answer a screening question (ISO 8601 duration; 10 days by LAPOR! practice). */
    public String answerPeriod() {
        return answerPeriod;
    }
}
