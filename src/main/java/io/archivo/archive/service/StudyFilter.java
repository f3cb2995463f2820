package io.archivo.archive.service;

/** Filters of the study listing: free text on title/IDNo, process code, status (editors only). */
public record StudyFilter(String q, String process, String status) {
}
