-- One pattern for rubric criterion codes across services (grants already used it): an upper-case letter, then
-- upper-case letters, digits or underscores (cn.incubator.platform.validation.CriterionCode), e.g. SOCIAL_NEED instead
-- of social-need. The seeded and any user-made criteria, the score sheets and the recorded results move together.
UPDATE rubric_criterion SET code = upper(replace(code, '-', '_'));
UPDATE score SET criterion_code = upper(replace(criterion_code, '-', '_'));
UPDATE evaluation
SET result = jsonb_set(result, '{criteria}',
        (SELECT coalesce(jsonb_agg(jsonb_set(c, '{code}', to_jsonb(upper(replace(c ->> 'code', '-', '_'))))
                         ORDER BY ord), '[]'::jsonb)
         FROM jsonb_array_elements(result -> 'criteria') WITH ORDINALITY AS t(c, ord)))
WHERE result IS NOT NULL AND jsonb_typeof(result -> 'criteria') = 'array';
