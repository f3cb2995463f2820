package io.archivo.harvest.oai;

/** An OAI-PMH protocol error: answered inside an HTTP 200 response, as the protocol requires. */
public class OaiError extends RuntimeException {

    private final String code;

    public OaiError(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** badVerb and badArgument responses carry no request attributes (the request was not understood). */
    boolean echoesArguments() {
        return !"badVerb".equals(code) && !"badArgument".equals(code);
    }

    static OaiError badArgument(String message) {
        return new OaiError("badArgument", message);
    }
}
