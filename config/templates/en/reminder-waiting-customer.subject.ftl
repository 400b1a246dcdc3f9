[${ticket.number}] <#if reminder.number gt 1>Second reminder<#else>Reminder</#if>: we are waiting for your answer
