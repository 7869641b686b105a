-- studygroup: the titles of the study groups and of their Questions in the other five languages of
-- ITU (Arabic, Chinese, French, Russian, Spanish). The English title stays in study_group.title and
-- study_group_question.title: it is ITU's. A translation is "official" only when it is ITU's own
-- published text; every translation below was made for SG Bridge (2026-12) from the English titles
-- of the seeds and is therefore marked unofficial, which the pages say beside it. The secretariat
-- may replace a row with ITU's official text and set official to TRUE.
-- Data checked before translating: the loaded study periods are ITU-T 2017-2020 (SG2, 3, 5, 9, 11,
-- 12, 13, 15, 16, 17, 20) and ITU-D 2018-2021 (SG1, SG2); no earlier period is loaded. Questions:
-- 26/16, 28/16, 4/20, 7/5 (ITU-T) and 2/2 (ITU-D). Digits stay Latin in every language, Arabic too.

CREATE TABLE study_group_title (
    study_group  VARCHAR(20) NOT NULL,
    study_period VARCHAR(20) NOT NULL,
    lang         VARCHAR(2) NOT NULL,
    title        VARCHAR(500) NOT NULL,
    official     BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (study_group, study_period, lang),
    CONSTRAINT study_group_title_group FOREIGN KEY (study_group, study_period) REFERENCES study_group (code, study_period),
    CONSTRAINT study_group_title_lang CHECK (lang IN ('ar', 'es', 'fr', 'ru', 'zh'))
);

CREATE TABLE study_group_question_title (
    study_group VARCHAR(20) NOT NULL,
    number      VARCHAR(10) NOT NULL,
    lang        VARCHAR(2) NOT NULL,
    title       VARCHAR(500) NOT NULL,
    official    BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (study_group, number, lang),
    CONSTRAINT study_group_question_title_question FOREIGN KEY (study_group, number) REFERENCES study_group_question (study_group, number),
    CONSTRAINT study_group_question_title_lang CHECK (lang IN ('ar', 'es', 'fr', 'ru', 'zh'))
);

INSERT INTO study_group_title (study_group, study_period, lang, title) VALUES
    ('ITU-T-SG2', 'ITU-T-2017', 'ar', 'الجوانب التشغيلية لتقديم الخدمات وإدارة الاتصالات'),
    ('ITU-T-SG2', 'ITU-T-2017', 'es', 'Aspectos operativos de la prestación de servicios y de la gestión de las telecomunicaciones'),
    ('ITU-T-SG2', 'ITU-T-2017', 'fr', 'Aspects opérationnels de la fourniture de services et de la gestion des télécommunications'),
    ('ITU-T-SG2', 'ITU-T-2017', 'ru', 'Эксплуатационные аспекты предоставления услуг и управления электросвязью'),
    ('ITU-T-SG2', 'ITU-T-2017', 'zh', '业务提供和电信管理的运营问题'),

    ('ITU-T-SG3', 'ITU-T-2017', 'ar', 'مبادئ التعريفة والمحاسبة، بما في ذلك المسائل الاقتصادية والسياساتية المتعلقة بالاتصالات'),
    ('ITU-T-SG3', 'ITU-T-2017', 'es', 'Principios de tarificación y contabilidad, incluidos los temas conexos de economía y política de las telecomunicaciones'),
    ('ITU-T-SG3', 'ITU-T-2017', 'fr', 'Principes de tarification et de comptabilité, y compris les questions connexes d''économie et de politique des télécommunications'),
    ('ITU-T-SG3', 'ITU-T-2017', 'ru', 'Принципы тарификации и расчетов, включая связанные с ними экономические и политические вопросы электросвязи'),
    ('ITU-T-SG3', 'ITU-T-2017', 'zh', '资费及结算原则，包括相关的电信经济和政策问题'),

    ('ITU-T-SG5', 'ITU-T-2017', 'ar', 'البيئة وتغير المناخ والاقتصاد الدائري'),
    ('ITU-T-SG5', 'ITU-T-2017', 'es', 'Medio ambiente, cambio climático y economía circular'),
    ('ITU-T-SG5', 'ITU-T-2017', 'fr', 'Environnement, changements climatiques et économie circulaire'),
    ('ITU-T-SG5', 'ITU-T-2017', 'ru', 'Окружающая среда, изменение климата и экономика замкнутого цикла'),
    ('ITU-T-SG5', 'ITU-T-2017', 'zh', '环境、气候变化与循环经济'),

    ('ITU-T-SG9', 'ITU-T-2017', 'ar', 'الكبلات والتلفزيون عريضة النطاق'),
    ('ITU-T-SG9', 'ITU-T-2017', 'es', 'Cable y televisión de banda ancha'),
    ('ITU-T-SG9', 'ITU-T-2017', 'fr', 'Câble et télévision à large bande'),
    ('ITU-T-SG9', 'ITU-T-2017', 'ru', 'Широкополосные кабельные сети и телевидение'),
    ('ITU-T-SG9', 'ITU-T-2017', 'zh', '宽带有线和电视'),

    ('ITU-T-SG11', 'ITU-T-2017', 'ar', 'متطلبات التشوير والبروتوكولات ومواصفات الاختبار ومكافحة المنتجات المزيفة'),
    ('ITU-T-SG11', 'ITU-T-2017', 'es', 'Requisitos de señalización, protocolos, especificaciones de prueba y lucha contra la falsificación de productos'),
    ('ITU-T-SG11', 'ITU-T-2017', 'fr', 'Exigences de signalisation, protocoles, spécifications de test et lutte contre la contrefaçon de produits'),
    ('ITU-T-SG11', 'ITU-T-2017', 'ru', 'Требования к сигнализации, протоколы, спецификации тестирования и борьба с контрафактной продукцией'),
    ('ITU-T-SG11', 'ITU-T-2017', 'zh', '信令要求、协议、测试规范和打击假冒产品'),

    ('ITU-T-SG12', 'ITU-T-2017', 'ar', 'الأداء وجودة الخدمة (QoS) وجودة التجربة (QoE)'),
    ('ITU-T-SG12', 'ITU-T-2017', 'es', 'Calidad de funcionamiento, calidad de servicio (QoS) y calidad percibida (QoE)'),
    ('ITU-T-SG12', 'ITU-T-2017', 'fr', 'Qualité de fonctionnement, qualité de service (QoS) et qualité d''expérience (QoE)'),
    ('ITU-T-SG12', 'ITU-T-2017', 'ru', 'Показатели работы, качество обслуживания (QoS) и оценка пользователем качества услуги (QoE)'),
    ('ITU-T-SG12', 'ITU-T-2017', 'zh', '性能、服务质量（QoS）和体验质量（QoE）'),

    ('ITU-T-SG13', 'ITU-T-2017', 'ar', 'الشبكات المستقبلية'),
    ('ITU-T-SG13', 'ITU-T-2017', 'es', 'Redes futuras'),
    ('ITU-T-SG13', 'ITU-T-2017', 'fr', 'Réseaux futurs'),
    ('ITU-T-SG13', 'ITU-T-2017', 'ru', 'Будущие сети'),
    ('ITU-T-SG13', 'ITU-T-2017', 'zh', '未来网络'),

    ('ITU-T-SG15', 'ITU-T-2017', 'ar', 'الشبكات والتكنولوجيات والبنى التحتية للنقل والنفاذ والشبكات المنزلية'),
    ('ITU-T-SG15', 'ITU-T-2017', 'es', 'Redes, tecnologías e infraestructuras para el transporte, el acceso y el hogar'),
    ('ITU-T-SG15', 'ITU-T-2017', 'fr', 'Réseaux, technologies et infrastructures pour le transport, l''accès et le domicile'),
    ('ITU-T-SG15', 'ITU-T-2017', 'ru', 'Сети, технологии и инфраструктура для транспортных сетей, сетей доступа и домашних сетей'),
    ('ITU-T-SG15', 'ITU-T-2017', 'zh', '用于传送、接入和家庭的网络、技术和基础设施'),

    ('ITU-T-SG16', 'ITU-T-2017', 'ar', 'الوسائط المتعددة'),
    ('ITU-T-SG16', 'ITU-T-2017', 'es', 'Multimedios'),
    ('ITU-T-SG16', 'ITU-T-2017', 'fr', 'Multimédia'),
    ('ITU-T-SG16', 'ITU-T-2017', 'ru', 'Мультимедиа'),
    ('ITU-T-SG16', 'ITU-T-2017', 'zh', '多媒体'),

    ('ITU-T-SG17', 'ITU-T-2017', 'ar', 'الأمن'),
    ('ITU-T-SG17', 'ITU-T-2017', 'es', 'Seguridad'),
    ('ITU-T-SG17', 'ITU-T-2017', 'fr', 'Sécurité'),
    ('ITU-T-SG17', 'ITU-T-2017', 'ru', 'Безопасность'),
    ('ITU-T-SG17', 'ITU-T-2017', 'zh', '安全'),

    ('ITU-T-SG20', 'ITU-T-2017', 'ar', 'إنترنت الأشياء والمدن والمجتمعات الذكية'),
    ('ITU-T-SG20', 'ITU-T-2017', 'es', 'Internet de las cosas y ciudades y comunidades inteligentes'),
    ('ITU-T-SG20', 'ITU-T-2017', 'fr', 'Internet des objets et villes et communautés intelligentes'),
    ('ITU-T-SG20', 'ITU-T-2017', 'ru', 'Интернет вещей, умные города и сообщества'),
    ('ITU-T-SG20', 'ITU-T-2017', 'zh', '物联网及智慧城市和社区'),

    ('ITU-D-SG1', 'ITU-D-2018', 'ar', 'البيئة التمكينية لتنمية الاتصالات/تكنولوجيا المعلومات والاتصالات'),
    ('ITU-D-SG1', 'ITU-D-2018', 'es', 'Entorno propicio para el desarrollo de las telecomunicaciones/TIC'),
    ('ITU-D-SG1', 'ITU-D-2018', 'fr', 'Environnement propice au développement des télécommunications/TIC'),
    ('ITU-D-SG1', 'ITU-D-2018', 'ru', 'Благоприятная среда для развития электросвязи/ИКТ'),
    ('ITU-D-SG1', 'ITU-D-2018', 'zh', '有利于电信/信息通信技术发展的环境'),

    ('ITU-D-SG2', 'ITU-D-2018', 'ar', 'خدمات وتطبيقات تكنولوجيا المعلومات والاتصالات من أجل تعزيز التنمية المستدامة'),
    ('ITU-D-SG2', 'ITU-D-2018', 'es', 'Servicios y aplicaciones de las TIC para la promoción del desarrollo sostenible'),
    ('ITU-D-SG2', 'ITU-D-2018', 'fr', 'Services et applications TIC pour la promotion du développement durable'),
    ('ITU-D-SG2', 'ITU-D-2018', 'ru', 'Услуги и приложения ИКТ для содействия устойчивому развитию'),
    ('ITU-D-SG2', 'ITU-D-2018', 'zh', '促进可持续发展的信息通信技术业务和应用');

INSERT INTO study_group_question_title (study_group, number, lang, title) VALUES
    ('ITU-T-SG16', '26/16', 'ar', 'إمكانية النفاذ إلى أنظمة وخدمات الوسائط المتعددة'),
    ('ITU-T-SG16', '26/16', 'es', 'Accesibilidad a los sistemas y servicios multimedios'),
    ('ITU-T-SG16', '26/16', 'fr', 'Accessibilité des systèmes et services multimédias'),
    ('ITU-T-SG16', '26/16', 'ru', 'Доступность мультимедийных систем и услуг'),
    ('ITU-T-SG16', '26/16', 'zh', '多媒体系统和业务的无障碍获取'),

    ('ITU-T-SG16', '28/16', 'ar', 'إطار للوسائط المتعددة من أجل تطبيقات الصحة الإلكترونية'),
    ('ITU-T-SG16', '28/16', 'es', 'Marco multimedios para las aplicaciones de cibersalud'),
    ('ITU-T-SG16', '28/16', 'fr', 'Cadre multimédia pour les applications de cybersanté'),
    ('ITU-T-SG16', '28/16', 'ru', 'Мультимедийная основа для приложений электронного здравоохранения'),
    ('ITU-T-SG16', '28/16', 'zh', '电子卫生应用的多媒体框架'),

    ('ITU-T-SG20', '4/20', 'ar', 'الخدمات الإلكترونية/الذكية والتطبيقات والمنصات الداعمة'),
    ('ITU-T-SG20', '4/20', 'es', 'Servicios electrónicos/inteligentes, aplicaciones y plataformas de apoyo'),
    ('ITU-T-SG20', '4/20', 'fr', 'Services électroniques/intelligents, applications et plates-formes de soutien'),
    ('ITU-T-SG20', '4/20', 'ru', 'Электронные/умные услуги, приложения и поддерживающие платформы'),
    ('ITU-T-SG20', '4/20', 'zh', '电子/智能业务、应用及支撑平台'),

    ('ITU-T-SG5', '7/5', 'ar', 'الاقتصاد الدائري، بما في ذلك المخلفات الإلكترونية'),
    ('ITU-T-SG5', '7/5', 'es', 'Economía circular, incluidos los residuos electrónicos'),
    ('ITU-T-SG5', '7/5', 'fr', 'Économie circulaire, y compris les déchets électroniques'),
    ('ITU-T-SG5', '7/5', 'ru', 'Экономика замкнутого цикла, включая электронные отходы'),
    ('ITU-T-SG5', '7/5', 'zh', '循环经济，包括电子废物'),

    ('ITU-D-SG2', '2/2', 'ar', 'الاتصالات/تكنولوجيا المعلومات والاتصالات من أجل الصحة الإلكترونية'),
    ('ITU-D-SG2', '2/2', 'es', 'Telecomunicaciones/TIC para la cibersalud'),
    ('ITU-D-SG2', '2/2', 'fr', 'Télécommunications/TIC pour la cybersanté'),
    ('ITU-D-SG2', '2/2', 'ru', 'Электросвязь/ИКТ для электронного здравоохранения'),
    ('ITU-D-SG2', '2/2', 'zh', '电信/信息通信技术用于电子卫生');
