/** In-container tests of the omnibox modules on a managed application server. */
package dev.omnibox.it;
