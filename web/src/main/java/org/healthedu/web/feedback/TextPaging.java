package org.healthedu.web.feedback;

import java.io.Serializable;
import org.healthedu.feedback.FeedbackFigures.TextAnswers;
import org.healthedu.feedback.FeedbackResults;

/**
 * The free-text answers a results page shows: the search typed, the page reached and the answers read. The page says
 * how to read them ({@link Reader}, passed on each call, so nothing but these values is kept in the view).
 */
final class TextPaging implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Reads one page (from 0) of answers matching a search (null or blank: all). */
    @FunctionalInterface
    interface Reader {
        TextAnswers read(String search, int page);
    }

    private String search;
    private int page;
    private TextAnswers texts;

    /** The first page for the current search (a new search, or new filters). */
    void first(Reader reader) {
        page = 0;
        texts = reader.read(search, page);
    }

    void next(Reader reader) {
        page++;
        texts = reader.read(search, page);
    }

    void previous(Reader reader) {
        page = Math.max(0, page - 1);
        texts = reader.read(search, page);
    }

    boolean hasNext() {
        return texts != null && (long) (page + 1) * FeedbackResults.TEXT_PAGE_SIZE < texts.page().total();
    }

    TextAnswers texts() {
        return texts;
    }

    int page() {
        return page;
    }

    String search() {
        return search;
    }

    void search(String search) {
        this.search = search;
    }
}
