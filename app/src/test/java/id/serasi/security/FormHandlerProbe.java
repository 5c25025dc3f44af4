package id.serasi.security;

/** Leaves a mark when the engine creates it: a model naming it as its form handler must be refused before that. */
public class FormHandlerProbe {

    static {
        System.setProperty("serasi.formHandlerProbe", "created");
    }
}
