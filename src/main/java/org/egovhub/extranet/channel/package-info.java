/** The channels of {@code channels.yml}, their targets and their migration mode. */
package org.egovhub.extranet.channel;
