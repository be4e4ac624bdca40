package org.healthedu.feedback;

/** The kinds of question a form may ask, and what an answer to each may be. */
public enum QuestionKind {

    /** 5-point agreement: 1 strongly disagree … 5 strongly agree. */
    LIKERT5(1, 5, 0),
    /** 0–10 rating. */
    RATING10(0, 10, 0),
    SINGLE_CHOICE(0, 0, 0),
    MULTIPLE_CHOICE(0, 0, 0),
    SHORT_TEXT(0, 0, 200),
    LONG_TEXT(0, 0, 2000);

    private final int min;
    private final int max;
    private final int maxLength;

    QuestionKind(int min, int max, int maxLength) {
        this.min = min;
        this.max = max;
        this.maxLength = maxLength;
    }

    public boolean isScale() {
        return this == LIKERT5 || this == RATING10;
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    /** Lowest answer of a scale. */
    public int min() {
        return min;
    }

    /** Highest answer of a scale. */
    public int max() {
        return max;
    }

    /** Longest text answer, in characters (code points). */
    public int maxLength() {
        return maxLength;
    }
}
