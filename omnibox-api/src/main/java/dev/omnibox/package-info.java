/** omnibox core: plain Java, no container code. */
package dev.omnibox;
