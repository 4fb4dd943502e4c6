/**
 * SQL helpers of the omnibox storage: the supported databases, the shipped schema scripts and a
 * script splitter. Not a stable API: the names here may change between minor versions.
 */
package dev.omnibox.ejb.storage.sql;
