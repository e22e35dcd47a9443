/**
 * The record kinds carried on extranet channels (civil-affairs person record, 双公示 licence and
 * penalty) with their Chinese field names, their checks and their stable ids.
 */
package org.egovhub.extranet.record;
