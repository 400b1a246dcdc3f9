<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${page.companyName}</title></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; color: #222; max-width: 40em; margin: 2em auto; padding: 0 1em;">
<h1 style="font-size: 20px;">${page.companyName}</h1>
<#switch page.state>
<#case "confirm">
<form id="rating" method="post" action="${page.action}">
<input type="hidden" name="rating" value="${page.rating}">
<p>Your rating: <strong>${page.rating} out of 5</strong></p>
<p><button type="submit">Send rating</button></p>
</form>
<script>document.getElementById("rating").submit();</script>
<#break>
<#case "recorded">
<p>Thank you for your rating of <strong>${page.rating} out of 5</strong><#if page.ticketNumber?has_content> for ticket ${page.ticketNumber}</#if>.</p>
<form method="post" action="${page.commentAction}">
<p><label for="comment">Would you like to add a comment? (optional)</label></p>
<p><textarea id="comment" name="comment" rows="6" cols="60" maxlength="4000"></textarea></p>
<p><button type="submit">Send comment</button></p>
</form>
<#break>
<#case "comment-saved">
<p>Thank you, your comment has been saved.</p>
<#break>
<#case "expired">
<p>This survey link has expired.</p>
<#break>
<#case "answered">
<p>This survey has already been answered. Thank you.</p>
<#break>
<#default>
<p>This link is not valid. Please use the link exactly as it appears in our mail.</p>
</#switch>
</body>
</html>
